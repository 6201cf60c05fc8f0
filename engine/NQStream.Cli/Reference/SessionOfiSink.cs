using NQStream.Operators;
using NQStream.Operators.Numerics;
using NQStream.Operators.Pressure;

namespace NQStream.Cli.Reference;

/// <summary>Forwards OFI windows inside the session [start, end) to the impact regression.</summary>
internal sealed class SessionOfiSink(OfiImpact impact, long sessionStartNs, long sessionEndNs) : IOperatorSink<OfiWindow>
{
    private readonly ListSink<RegressionWindow> _blocks = new();

    /// <summary>Completed 30-min block fits.</summary>
    public List<RegressionWindow> Blocks => _blocks.Items;

    /// <summary>Windows forwarded.</summary>
    public int Windows { get; private set; }

    public void Emit(in OfiWindow item)
    {
        if (item.StartNs < sessionStartNs || item.EndNs > sessionEndNs)
        {
            return;
        }

        Windows++;
        var sink = _blocks;
        impact.OnWindow(item, ref sink);
    }

    public void Flush()
    {
        var sink = _blocks;
        impact.Flush(ref sink);
    }
}
