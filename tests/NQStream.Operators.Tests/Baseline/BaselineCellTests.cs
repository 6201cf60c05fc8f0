using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Operators.Baseline;
using Xunit;

namespace NQStream.Operators.Tests.Baseline;

public sealed class BaselineCellTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 2)]
    [InlineData(6, 3)]
    [InlineData(20, 3)]
    [InlineData(21, 4)]
    [InlineData(400, 4)]
    public void Dte_buckets_follow_the_table(int dte, int bucket) => BaselineCell.DteBucketOf(dte).Should().Be(bucket);

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.0999, 0)]
    [InlineData(0.10, 1)]
    [InlineData(0.2499, 1)]
    [InlineData(0.25, 2)]
    [InlineData(0.40, 3)]
    [InlineData(0.5999, 3)]
    [InlineData(0.60, 4)]
    [InlineData(1.0, 4)]
    public void Delta_buckets_are_half_open(double absDelta, int bucket) => BaselineCell.DeltaBucketOf(absDelta).Should().Be(bucket);

    [Fact]
    public void Every_key_packs_into_a_distinct_index_and_unpacks()
    {
        var seen = new HashSet<int>();
        foreach (var cls in new[] { ExpiryClass.Quarterly, ExpiryClass.Monthly, ExpiryClass.Weekly })
        {
            foreach (var dte in new[] { 0, 1, 3, 10, 30 })
            {
                foreach (var delta in new[] { -0.05, 0.2, -0.3, 0.5, -0.9 })
                {
                    foreach (var put in new[] { false, true })
                    {
                        for (var tod = 0; tod < 46; tod++)
                        {
                            BaselineCell.TryCreate(cls, dte, delta, put, tod, out var cell).Should().BeTrue();
                            seen.Add(cell.Index).Should().BeTrue();
                            cell.ExpiryClass.Should().Be(cls);
                            cell.DteBucket.Should().Be(BaselineCell.DteBucketOf(dte));
                            cell.DeltaBucket.Should().Be(BaselineCell.DeltaBucketOf(Math.Abs(delta)));
                            cell.IsPut.Should().Be(put);
                            cell.TodBucket.Should().Be(tod);
                            BaselineCell.FromIndex(cell.Index).Should().Be(cell);
                        }
                    }
                }
            }
        }

        seen.Should().HaveCount(6_900);
        seen.Max().Should().Be(BaselineCell.Count - 1);
    }

    [Theory]
    [InlineData(ExpiryClass.Unknown, 3, 0.5, 10)]
    [InlineData(ExpiryClass.Weekly, -1, 0.5, 10)]
    [InlineData(ExpiryClass.Weekly, 3, double.NaN, 10)]
    [InlineData(ExpiryClass.Weekly, 3, 1.5, 10)]
    [InlineData(ExpiryClass.Weekly, 3, 0.5, -1)]
    [InlineData(ExpiryClass.Weekly, 3, 0.5, 46)]
    public void No_cell_without_a_valid_key(ExpiryClass cls, int dte, double delta, int tod) =>
        BaselineCell.TryCreate(cls, dte, delta, false, tod, out _).Should().BeFalse();
}
