using System.Diagnostics.CodeAnalysis;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Instruments;

/// <summary>
/// Every instrument definition of a stream (docs/algorithms.md §2.2): an append-only list of versions ("slots", so a
/// <see cref="Events.MarketEvent"/> can carry the slot of the definition it announces), the current version per
/// instrument id, raw symbol → id lookups, and each option's underlying future resolved by symbol — retroactively
/// when the future's definition (or a symbol mapping) arrives after the option's. Sized for ≥ 60,000 instruments.
/// One writer thread; lookups allocate nothing.
/// </summary>
public sealed partial class InstrumentRegistry
{
    /// <summary>Initial slot and id capacity: the NQ chain is 25,000–50,000 options (§1).</summary>
    public const int DefaultCapacity = 65_536;

    private readonly Dictionary<uint, int> _current;
    private readonly Dictionary<string, uint> _idBySymbol;
    private Instrument[] _slots;
    private int _slotCount;
    private int _active;

    /// <summary>Creates an empty registry with <paramref name="facts"/> as product defaults (default NQ).</summary>
    public InstrumentRegistry(ContractFacts? facts = null, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Facts = facts ?? ContractFacts.Nq;
        _slots = new Instrument[capacity];
        _underlying = new UnderlyingRef[capacity];
        _current = new Dictionary<uint, int>(capacity);
        _idBySymbol = new Dictionary<string, uint>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Product defaults applied where a definition is silent.</summary>
    public ContractFacts Facts { get; }

    /// <summary>Definition versions stored (slots 0 … SlotCount−1).</summary>
    public int SlotCount => _slotCount;

    /// <summary>Instruments whose current version is not deleted.</summary>
    public int Count => _active;

    /// <summary>Delete records received for an id the registry did not know.</summary>
    public long UnknownDeletes { get; private set; }

    /// <summary>
    /// Applies a definition (add, modify = replace, delete) and returns its slot. A delete is stored as a version too,
    /// so the stream position stays traceable; the id then has no current instrument.
    /// </summary>
    public int Apply(in InstrumentDefMsg definition) => Add(Instrument.FromDefinition(in definition, Facts));

    /// <summary>Adds one definition version (already built) and returns its slot.</summary>
    public int Add(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var slot = _slotCount;
        if (slot == _slots.Length)
        {
            Array.Resize(ref _slots, slot * 2);
            Array.Resize(ref _underlying, slot * 2);
        }

        var hadCurrent = _current.TryGetValue(instrument.InstrumentId, out var previousSlot);
        var previous = hadCurrent ? _slots[previousSlot] : null;
        if (instrument.Action == DefinitionAction.Delete && (previous is null || !previous.IsActive))
        {
            UnknownDeletes++;
        }

        _slots[slot] = instrument;
        _slotCount++;
        _current[instrument.InstrumentId] = slot;
        UpdateSymbols(previous, instrument);
        if (previous is { IsActive: true })
        {
            _active--;
        }

        if (instrument.IsActive)
        {
            _active++;
        }

        ResolveOnAdd(slot, previous, instrument);
        return slot;
    }

    /// <summary>The definition version stored at <paramref name="slot"/>.</summary>
    public Instrument AtSlot(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, _slotCount);
        return _slots[slot];
    }

    /// <summary>The slot of the current version of <paramref name="instrumentId"/> (a deleted one too).</summary>
    public bool TryGetSlot(uint instrumentId, out int slot) => _current.TryGetValue(instrumentId, out slot);

    /// <summary>The current, not deleted, version of <paramref name="instrumentId"/>.</summary>
    public bool TryGet(uint instrumentId, [NotNullWhen(true)] out Instrument? instrument)
    {
        if (_current.TryGetValue(instrumentId, out var slot) && _slots[slot].IsActive)
        {
            instrument = _slots[slot];
            return true;
        }

        instrument = null;
        return false;
    }

    /// <summary>The id of the current instrument with raw symbol <paramref name="rawSymbol"/> (definitions, then symbol mappings).</summary>
    public bool TryGetId(string rawSymbol, out uint instrumentId)
    {
        ArgumentNullException.ThrowIfNull(rawSymbol);
        return _idBySymbol.TryGetValue(rawSymbol, out instrumentId) || _mappedBySymbol.TryGetValue(rawSymbol, out instrumentId);
    }

    /// <summary>The current, not deleted, instruments in order of their first definition (deterministic).</summary>
    public IEnumerable<Instrument> Current()
    {
        for (var slot = 0; slot < _slotCount; slot++)
        {
            var instrument = _slots[slot];
            if (instrument.IsActive && _current[instrument.InstrumentId] == slot)
            {
                yield return instrument;
            }
        }
    }

    private void UpdateSymbols(Instrument? previous, Instrument instrument)
    {
        if (previous is not null && _idBySymbol.TryGetValue(previous.RawSymbol, out var owner) && owner == previous.InstrumentId)
        {
            _idBySymbol.Remove(previous.RawSymbol);
        }

        if (instrument.IsActive && instrument.RawSymbol.Length > 0)
        {
            _idBySymbol[instrument.RawSymbol] = instrument.InstrumentId;
        }
    }
}
