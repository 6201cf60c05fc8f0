using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Instruments;

/// <summary>Underlying resolution and symbol mappings.</summary>
public sealed partial class InstrumentRegistry
{
    private readonly Dictionary<string, uint> _futureBySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _mappedBySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _pending = new(StringComparer.Ordinal);
    private UnderlyingRef[] _underlying;

    /// <summary>Symbol mapping records applied.</summary>
    public long MappingCount { get; private set; }

    /// <summary>Options whose <c>underlying_id</c> field disagrees with the future defined under their <c>underlying</c> symbol.</summary>
    public long UnderlyingMismatches { get; private set; }

    /// <summary>Current options still waiting for their underlying future's definition (<c>NO_UNDERLYING</c>).</summary>
    public int PendingUnderlyingCount
    {
        get
        {
            var n = 0;
            foreach (var list in _pending.Values)
            {
                foreach (var slot in list)
                {
                    var instrument = _slots[slot];
                    if (instrument.IsActive && _current[instrument.InstrumentId] == slot)
                    {
                        n++;
                    }
                }
            }

            return n;
        }
    }

    /// <summary>The underlying of the version at <paramref name="slot"/>; unresolved for non-options.</summary>
    public UnderlyingRef UnderlyingOf(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, _slotCount);
        return _underlying[slot];
    }

    /// <summary>The underlying of the current version of <paramref name="instrumentId"/>.</summary>
    public UnderlyingRef UnderlyingOfId(uint instrumentId) =>
        _current.TryGetValue(instrumentId, out var slot) ? _underlying[slot] : default;

    /// <summary>
    /// Applies a symbol mapping (live streams): <c>hd.instrument_id</c> ↔ <c>stype_out_symbol</c>. Options waiting
    /// for that symbol as their underlying get its id until the future's definition arrives.
    /// </summary>
    public void ApplyMapping(in SymbolMappingMsg mapping)
    {
        var symbol = mapping.OutSymbol();
        MappingCount++;
        if (symbol.Length == 0)
        {
            return;
        }

        var id = mapping.Hd.InstrumentId;
        _mappedBySymbol[symbol] = id;
        if (_pending.TryGetValue(symbol, out var waiting))
        {
            foreach (var slot in waiting)
            {
                if (_underlying[slot].Source <= UnderlyingSource.SymbolMapping)
                {
                    _underlying[slot] = new UnderlyingRef(id, UnderlyingSource.SymbolMapping);
                }
            }
        }
    }

    private void ResolveOnAdd(int slot, Instrument? previous, Instrument instrument)
    {
        if (instrument.Class == InstrumentClass.Future)
        {
            if (previous is { Class: InstrumentClass.Future } && !string.Equals(previous.RawSymbol, instrument.RawSymbol, StringComparison.Ordinal)
                && _futureBySymbol.TryGetValue(previous.RawSymbol, out var old) && old == previous.InstrumentId)
            {
                _futureBySymbol.Remove(previous.RawSymbol);
            }

            if (!instrument.IsActive)
            {
                if (_futureBySymbol.TryGetValue(instrument.RawSymbol, out var owner) && owner == instrument.InstrumentId)
                {
                    _futureBySymbol.Remove(instrument.RawSymbol);
                }

                return;
            }

            _futureBySymbol[instrument.RawSymbol] = instrument.InstrumentId;
            if (_pending.Remove(instrument.RawSymbol, out var waiting))
            {
                foreach (var optionSlot in waiting)
                {
                    SetFromFuture(optionSlot, instrument.InstrumentId);
                }
            }

            return;
        }

        if (!instrument.IsOption || instrument.UnderlyingSymbol.Length == 0)
        {
            _underlying[slot] = instrument.UnderlyingIdField != 0
                ? new UnderlyingRef(instrument.UnderlyingIdField, UnderlyingSource.DefinitionField)
                : default;
            return;
        }

        if (_futureBySymbol.TryGetValue(instrument.UnderlyingSymbol, out var futureId))
        {
            SetFromFuture(slot, futureId);
            return;
        }

        _underlying[slot] = _mappedBySymbol.TryGetValue(instrument.UnderlyingSymbol, out var mapped)
            ? new UnderlyingRef(mapped, UnderlyingSource.SymbolMapping)
            : instrument.UnderlyingIdField != 0
                ? new UnderlyingRef(instrument.UnderlyingIdField, UnderlyingSource.DefinitionField)
                : default;
        if (!_pending.TryGetValue(instrument.UnderlyingSymbol, out var list))
        {
            list = [];
            _pending[instrument.UnderlyingSymbol] = list;
        }

        list.Add(slot);
    }

    private void SetFromFuture(int optionSlot, uint futureId)
    {
        var field = _slots[optionSlot].UnderlyingIdField;
        if (field != 0 && field != futureId)
        {
            UnderlyingMismatches++;
        }

        _underlying[optionSlot] = new UnderlyingRef(futureId, UnderlyingSource.FutureDefinition);
    }
}
