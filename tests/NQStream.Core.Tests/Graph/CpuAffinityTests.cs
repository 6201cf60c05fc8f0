using FluentAssertions;
using NQStream.Core.Graph;
using Xunit;

namespace NQStream.Core.Tests.Graph;

/// <summary>Thread pinning, checked against what the kernel reports for the thread (/proc/thread-self/status).</summary>
public sealed class CpuAffinityTests
{
    [Fact]
    public void A_pinned_thread_is_allowed_on_that_cpu_only_and_release_restores_all()
    {
        string? pinned = null, released = null;
        var cpu = Environment.ProcessorCount - 1;
        var thread = new Thread(() =>
        {
            CpuAffinity.PinCurrentThread(cpu).Should().BeTrue();
            pinned = AllowedList();
            CpuAffinity.Release().Should().BeTrue();
            released = AllowedList();
        });
        thread.Start();
        thread.Join();

        pinned.Should().Be(cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        released.Should().Be(Environment.ProcessorCount == 1 ? "0" : $"0-{Environment.ProcessorCount - 1}");
    }

    [Fact]
    public void An_unknown_cpu_is_refused_with_the_valid_range()
    {
        var act = () => CpuAffinity.PinCurrentThread(Environment.ProcessorCount);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*expected a CPU in 0..*");
    }

    private static string AllowedList() =>
        File.ReadLines("/proc/thread-self/status").Single(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal)).Split(':')[1].Trim();
}
