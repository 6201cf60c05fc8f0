using System.Runtime.CompilerServices;
using FluentAssertions;
using NQStream.Operators.Iceberg;
using Xunit;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>The detector's order-state map against a <see cref="Dictionary{TKey, TValue}"/> under random operations.</summary>
public sealed class OrderStateMapTests
{
    [Fact]
    public void Random_adds_updates_removes_and_slot_clears_match_a_dictionary()
    {
        var rng = new Random(20261121);
        var map = new OrderStateMap(4);
        var reference = new Dictionary<ulong, OrderState>();
        for (var step = 0; step < 200_000; step++)
        {
            var key = (ulong)rng.Next(0, 3_000) * 7919UL;
            switch (rng.Next(0, 10))
            {
                case < 4:
                    ref var added = ref map.GetOrAdd(key, out var exists);
                    exists.Should().Be(reference.ContainsKey(key));
                    if (!exists)
                    {
                        added.Should().Be(default(OrderState), "a new entry starts as default");
                        added.Slot = rng.Next(0, 8);
                    }

                    added.Size += 1;
                    reference[key] = added;
                    break;
                case < 6:
                    ref var found = ref map.Find(key);
                    Unsafe.IsNullRef(ref found).Should().Be(!reference.ContainsKey(key));
                    if (!Unsafe.IsNullRef(ref found))
                    {
                        found.Should().Be(reference[key]);
                        found.Price = step;
                        reference[key] = found;
                    }

                    break;
                case < 9:
                    map.Remove(key, out var removed).Should().Be(reference.Remove(key, out var expected));
                    removed.Should().Be(expected);
                    break;
                default:
                    if (step % 50 == 0)
                    {
                        var slot = rng.Next(0, 8);
                        map.RemoveSlot(slot);
                        foreach (var k in reference.Where(kv => kv.Value.Slot == slot).Select(kv => kv.Key).ToList())
                        {
                            reference.Remove(k);
                        }
                    }

                    break;
            }

            map.Count.Should().Be(reference.Count);
        }

        foreach (var (key, value) in reference)
        {
            map.TryGetValue(key, out var v).Should().BeTrue();
            v.Should().Be(value);
        }

        map.TryGetValue(1, out _).Should().BeFalse();
    }
}
