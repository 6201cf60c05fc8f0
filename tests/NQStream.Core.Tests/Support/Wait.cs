using System.Diagnostics;
using NQStream.Core.Ring;

namespace NQStream.Core.Tests.Support;

public static class Wait
{
    /// <summary>Spins until <paramref name="condition"/> holds; fails the test after <paramref name="timeoutMs"/>.</summary>
    public static void Until(Func<bool> condition, string what, int timeoutMs = 10_000)
    {
        var sw = Stopwatch.StartNew();
        var spinner = default(SpinWait);
        while (!condition())
        {
            if (sw.ElapsedMilliseconds > timeoutMs)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            spinner.SpinOnce(1);
        }
    }

    public static Thread Start(IEventProcessor processor)
    {
        var thread = new Thread(processor.Run) { IsBackground = true, Name = processor.Name };
        thread.Start();
        return thread;
    }
}
