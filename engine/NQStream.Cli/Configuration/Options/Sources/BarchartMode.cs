namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>How the Barchart source obtains options chains.</summary>
public enum BarchartMode
{
    /// <summary>API first; saved data when the API fails or no key is configured.</summary>
    Hybrid,

    /// <summary>API only (requires an API key).</summary>
    Api,

    /// <summary>Saved data only.</summary>
    Saved,
}
