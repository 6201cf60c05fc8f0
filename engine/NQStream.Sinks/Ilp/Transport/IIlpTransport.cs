namespace NQStream.Sinks.Ilp.Transport;

/// <summary>Delivers one request body of ILP rows (one table's batch) to the server.</summary>
internal interface IIlpTransport : IDisposable
{
    /// <summary>Wire version to encode with (negotiated for HTTP when the configuration says <c>auto</c>).</summary>
    ValueTask<IlpProtocolVersion> ResolveVersionAsync(CancellationToken cancellationToken);

    /// <summary>Sends one body; with <paramref name="retry"/>, transient failures are retried within <c>retry_timeout</c>.</summary>
    /// <exception cref="IlpServerException">The server rejected the rows (or kept failing past the retry window).</exception>
    Task SendAsync(ReadOnlyMemory<byte> body, bool retry, CancellationToken cancellationToken);
}
