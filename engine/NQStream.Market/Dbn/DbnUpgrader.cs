using System.Buffers.Binary;
using NQStream.Market.Dbn.Layout;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Dbn;

/// <summary>
/// Converts v1/v2 records into the v3 layout (docs/dbn.md §6): common fields are copied by name with
/// widening, fields new in v3 take their documented defaults, fields removed in v3 are dropped.
/// </summary>
public static class DbnUpgrader
{
    /// <summary>Upgrades one record into <paramref name="dst"/>; returns the v3 record length.</summary>
    public static int ToV3(ReadOnlySpan<byte> src, byte version, bool tsOut, Span<byte> dst)
    {
        var rtype = src[1];
        var from = DbnLayouts.For(rtype, version) ?? throw new ArgumentException($"unknown rtype 0x{rtype:X2}", nameof(src));
        var to = DbnLayouts.For(rtype, DbnConstants.CurrentVersion)!;
        var total = to.Size + (tsOut ? 8 : 0);
        var d = dst[..total];
        d.Clear();
        src[..DbnConstants.HeaderSize].CopyTo(d);
        d[0] = (byte)(total / DbnConstants.LengthMultiplier);
        foreach (var f in to.Fields)
        {
            if (from.TryGetField(f.Name, out var old))
            {
                CopyField(src, old, d, f);
            }
            else
            {
                WriteDefault(d, f);
            }
        }

        if (rtype == RType.System && version == 1)
        {
            d[319] = InferSystemCode(DbnText.Read(src.Slice(16, 64)));
        }
        else if (rtype == RType.Error && version == 1)
        {
            d[318] = InferErrorCode(DbnText.Read(src.Slice(16, 64)));
            d[319] = 255;
        }

        if (tsOut)
        {
            src[^8..].CopyTo(d[^8..]);
        }

        return total;
    }

    private static void CopyField(ReadOnlySpan<byte> src, FieldDef from, Span<byte> dst, FieldDef to)
    {
        var s = src.Slice(from.Offset, from.Size);
        var t = dst.Slice(to.Offset, to.Size);
        if (from.Kind == to.Kind && from.Size == to.Size)
        {
            s.CopyTo(t);
        }
        else if (from.Kind == FieldKind.Str && to.Kind == FieldKind.Str)
        {
            var end = s.IndexOf((byte)0);
            var value = end < 0 ? s : s[..end];
            value[..Math.Min(value.Length, t.Length)].CopyTo(t);
        }
        else if (from.Kind == FieldKind.U32 && to.Kind == FieldKind.U64)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(t, BinaryPrimitives.ReadUInt32LittleEndian(s));
        }
        else if (from.Kind == FieldKind.I32 && to.Kind == FieldKind.I64)
        {
            // Statistics quantity: the 4-byte null becomes the 8-byte null.
            var v = BinaryPrimitives.ReadInt32LittleEndian(s);
            BinaryPrimitives.WriteInt64LittleEndian(t, v == int.MaxValue ? long.MaxValue : v);
        }
        else
        {
            throw new InvalidOperationException($"no upgrade rule for {from.Name}: {from.Kind} -> {to.Kind}");
        }
    }

    private static void WriteDefault(Span<byte> dst, FieldDef f)
    {
        switch (f.Name)
        {
            case "leg_price" or "leg_delta":
                BinaryPrimitives.WriteInt64LittleEndian(dst[f.Offset..], DbnConstants.UndefPrice);
                break;
            case "leg_side":
                dst[f.Offset] = (byte)'N';
                break;
            case "stype_in" or "stype_out":
                dst[f.Offset] = 0xFF;
                break;
            case "code":
                dst[f.Offset] = 255;
                break;
            case "is_last":
                dst[f.Offset] = 255;
                break;
            default:
                break; // zero: leg ids, ratios, counts, leg_instrument_class NUL
        }
    }

    /// <summary>The v2+ system code implied by a v1 system message text.</summary>
    public static byte InferSystemCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "Heartbeat")
        {
            return 0;
        }

        if (text.StartsWith("Subscription request ", StringComparison.Ordinal) && text.EndsWith(" succeeded", StringComparison.Ordinal))
        {
            return 1;
        }

        if (text.StartsWith("Warning: slow reading", StringComparison.Ordinal))
        {
            return 2;
        }

        if (text.StartsWith("Finished ", StringComparison.Ordinal) && text.EndsWith(" replay", StringComparison.Ordinal))
        {
            return 3;
        }

        return text.StartsWith("End of interval for ", StringComparison.Ordinal) ? (byte)4 : (byte)255;
    }

    /// <summary>The v2+ error code implied by a v1 error message text.</summary>
    public static byte InferErrorCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "User or API key deactivated" => 2,
            "User has reached their open connection limit" => 3,
            "Internal error" => 6,
            _ when text.StartsWith("Failed to resolve symbol", StringComparison.Ordinal) => 4,
            _ when text.StartsWith("Slow client detected for ", StringComparison.Ordinal) => 7,
            _ => 255,
        };
    }
}
