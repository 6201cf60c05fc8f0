using System.Globalization;
using System.Text.Json;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// A request the server refused or that could not be delivered. For QuestDB's JSON error bodies
/// (<c>{"code","message","line","errorId"}</c>, docs/ops.md §1.7) the fields are parsed; InfluxDB's
/// <c>{"error":…}</c> becomes the message.
/// </summary>
public sealed class IlpServerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IlpServerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IlpServerException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public IlpServerException(string message, Exception inner) : base(message, inner)
    {
    }

    private IlpServerException(string message, int status, string? code, string? serverMessage, int? line, string? errorId, bool transient, Exception? inner)
        : base(message, inner)
    {
        StatusCode = status;
        Code = code;
        ServerMessage = serverMessage;
        Line = line;
        ErrorId = errorId;
        IsTransient = transient;
    }

    /// <summary>HTTP status (0 when no response arrived).</summary>
    public int StatusCode { get; }

    /// <summary>QuestDB's <c>code</c>, e.g. <c>invalid</c>.</summary>
    public string? Code { get; }

    /// <summary>The server's message text.</summary>
    public string? ServerMessage { get; }

    /// <summary>QuestDB's 1-based line number of the failing row, when given.</summary>
    public int? Line { get; }

    /// <summary>QuestDB's <c>errorId</c> (also in the server log).</summary>
    public string? ErrorId { get; }

    /// <summary>True for connection failures and retriable statuses (the batch may succeed later: it spills).</summary>
    public bool IsTransient { get; }

    internal static IlpServerException Unreachable(string endpoint, Exception inner) =>
        new($"ILP server {endpoint} unreachable: {inner.Message}", 0, null, inner.Message, null, null, transient: true, inner);

    internal static IlpServerException AuthenticationRejected(string message) =>
        new(message, 0, "unauthorised", message, null, null, transient: false, null);

    internal static IlpServerException FromResponse(string endpoint, int status, string? contentType, string body, bool transient)
    {
        string? code = null, message = null, errorId = null;
        int? line = null;
        if (contentType is not null && contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                var root = doc.RootElement;
                code = Str(root, "code");
                message = Str(root, "message") ?? Str(root, "error");
                errorId = Str(root, "errorId");
                line = root.TryGetProperty("line", out var l) && l.TryGetInt32(out int n) ? n : null;
            }
            catch (JsonException)
            {
                message = body;
            }
        }
        else
        {
            message = body.Length > 0 ? body : null;
        }

        string text = string.Create(CultureInfo.InvariantCulture,
            $"ILP server {endpoint} returned {status}{(code is null ? "" : " " + code)}: {message ?? "(no body)"}{(line is null ? "" : $" [line {line}]")}{(errorId is null ? "" : $" [errorId {errorId}]")}");
        return new(text, status, code, message, line, errorId, transient, null);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
