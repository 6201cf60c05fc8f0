namespace NQStream.Core.Time;

/// <summary>Whether the watermark may use processing time to skip idle sources.</summary>
public enum WatermarkMode
{
    /// <summary>Replay: the watermark depends on the data only (deterministic); a silent source holds it back.</summary>
    Replay,

    /// <summary>Live: a source silent for longer than the idle timeout (processing time) stops holding the watermark back.</summary>
    Live,
}
