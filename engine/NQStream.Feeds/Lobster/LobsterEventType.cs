namespace NQStream.Feeds.Lobster;

/// <summary>LOBSTER message types (column 2 of the message file).</summary>
public enum LobsterEventType : byte
{
    /// <summary>Submission of a new limit order.</summary>
    Submission = 1,

    /// <summary>Cancellation: partial deletion of a limit order.</summary>
    Cancellation = 2,

    /// <summary>Deletion: full deletion of a limit order.</summary>
    Deletion = 3,

    /// <summary>Execution of a visible limit order.</summary>
    VisibleExecution = 4,

    /// <summary>Execution of a hidden limit order.</summary>
    HiddenExecution = 5,

    /// <summary>Cross trade (e.g. auction print).</summary>
    CrossTrade = 6,

    /// <summary>Trading halt indicator (price −1 halt, 0 quoting resumes, 1 trading resumes).</summary>
    Halt = 7,
}
