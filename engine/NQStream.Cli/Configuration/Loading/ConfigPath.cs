using System.Globalization;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>Builds dotted key paths: <c>sources.databento.api_key</c>, <c>operators.pressure.windows[1]</c>.</summary>
internal static class ConfigPath
{
    public static string Child(string parent, string key) =>
        key.Length == 0 ? parent : parent.Length == 0 ? key : parent + "." + key;

    public static string Item(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
