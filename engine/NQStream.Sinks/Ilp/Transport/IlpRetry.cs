using System.Diagnostics;
using Polly;
using Polly.Retry;

namespace NQStream.Sinks.Ilp.Transport;

/// <summary>
/// The retry policy of the official .NET client (docs/ops.md §1.7) as a Polly pipeline: transient failures are
/// retried with backoff from 10 ms doubling to 1 s (jittered) until <c>retry_timeout</c> has elapsed since the
/// first attempt; an attempt in flight is never cut by the retry window.
/// </summary>
internal static class IlpRetry
{
    private static readonly ResiliencePropertyKey<long> Deadline = new("nqstream.ilp.deadline");

    public static ResiliencePipeline Create(TimeSpan retryTimeout)
    {
        if (retryTimeout <= TimeSpan.Zero)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(10),
                MaxDelay = TimeSpan.FromSeconds(1),
                UseJitter = true,
                ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Exception is IlpServerException { IsTransient: true }
                    && Stopwatch.GetTimestamp() < args.Context.Properties.GetValue(Deadline, 0L)),
            })
            .Build();
    }

    /// <summary>Runs <paramref name="attempt"/> under the pipeline with a deadline of now + <paramref name="retryTimeout"/>.</summary>
    public static async Task ExecuteAsync<TState>(
        ResiliencePipeline pipeline, TimeSpan retryTimeout, TState state, Func<TState, CancellationToken, ValueTask> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(Deadline, Stopwatch.GetTimestamp() + (long)(retryTimeout.TotalSeconds * Stopwatch.Frequency));
            await pipeline.ExecuteAsync(static (ctx, s) => s.attempt(s.state, ctx.CancellationToken), context, (attempt, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
