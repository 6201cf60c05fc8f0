using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Dbn;

/// <summary>
/// Feeds more than 1,000 mutated copies of the vendor files (bit flips, truncations, insertions,
/// deletions) through the decoder: every outcome is either a clean decode or a located
/// <see cref="DbnFormatException"/>; nothing crashes, hangs or allocates without bound.
/// </summary>
public sealed class MutationTests
{
    private const int MutantsPerFile = 12;
    private const long MaxAllocatedPerDecode = 96L << 20; // metadata cap (64 MiB) + buffers

    [SharedDataFact]
    public void Mutated_vendor_files_fail_cleanly_or_decode()
    {
        var files = Directory.GetFiles(DbnFixtures.Dir).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThan(90);
        var rng = new Random(20261121);
        int total = 0, errors = 0, decoded = 0;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var original = File.ReadAllBytes(path);
            var options = name.EndsWith(".dbz", StringComparison.Ordinal) ? DbnReaderOptions.Default : DbnFixtures.OptionsFor(name, upgrade: true);
            for (var i = 0; i < MutantsPerFile; i++)
            {
                var (mutant, how) = Mutate(original, rng);
                var outcome = Decode(mutant, $"{name}#{i}", options);
                outcome.Should().NotBe(Outcome.Hang, $"{name} mutant {i} ({how}) must not hang");
                if (outcome == Outcome.Error)
                {
                    errors++;
                }
                else
                {
                    decoded++;
                }

                total++;
            }
        }

        total.Should().BeGreaterThanOrEqualTo(1000);
        errors.Should().BeGreaterThan(total / 4, "most mutations are detected");
        decoded.Should().BeGreaterThan(0, "flips inside field values still decode");
    }

    private enum Outcome { Decoded, Error, Hang }

    private static Outcome Decode(byte[] bytes, string source, DbnReaderOptions options)
    {
        var task = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                using var r = DbnReader.Open(new MemoryStream(bytes), source, options);
                while (r.TryRead(out var rec))
                {
                    rec.Bytes.Length.Should().BeGreaterThanOrEqualTo(16);
                }

                return Outcome.Decoded;
            }
            catch (DbnFormatException ex)
            {
                ex.Message.Should().StartWith($"{source}: offset ").And.NotContain("\n");
                ex.Problem.Should().NotBeNullOrWhiteSpace();
                return Outcome.Error;
            }
            finally
            {
                (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(MaxAllocatedPerDecode, source);
            }
        });
        return task.Wait(TimeSpan.FromSeconds(20)) ? task.Result : Outcome.Hang;
    }

    private static (byte[] Bytes, string How) Mutate(byte[] src, Random rng)
    {
        switch (rng.Next(5))
        {
            case 0:
            {
                var b = (byte[])src.Clone();
                var flips = rng.Next(1, 9);
                for (var k = 0; k < flips; k++)
                {
                    b[rng.Next(b.Length)] ^= (byte)(1 << rng.Next(8));
                }

                return (b, $"{flips} bit flips");
            }
            case 1:
            {
                var cut = rng.Next(src.Length);
                return (src[..cut], $"truncated at {cut}");
            }
            case 2:
            {
                var at = rng.Next(src.Length + 1);
                var insert = new byte[rng.Next(1, 64)];
                rng.NextBytes(insert);
                return ([.. src[..at], .. insert, .. src[at..]], $"{insert.Length} bytes inserted at {at}");
            }
            case 3:
            {
                var at = rng.Next(src.Length);
                var len = Math.Min(src.Length - at, rng.Next(1, 64));
                return ([.. src[..at], .. src[(at + len)..]], $"{len} bytes deleted at {at}");
            }
            default:
            {
                var b = (byte[])src.Clone();
                var at = rng.Next(b.Length);
                b[at] = (byte)rng.Next(256);
                return (b, $"byte {at} replaced");
            }
        }
    }
}
