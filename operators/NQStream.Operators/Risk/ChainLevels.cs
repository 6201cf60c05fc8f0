using NQStream.Operators.Decision;

namespace NQStream.Operators.Risk;

/// <summary>
/// The price levels of one underlying at one moment that the §6.2 decision reads: call and put walls (§7.3) and
/// battle zones (§7.4) around the forward <see cref="Forward"/>.
/// </summary>
/// <param name="Forward">F when the levels were computed (points).</param>
/// <param name="TsEvent">Event time of the computation (UNIX ns).</param>
/// <param name="Walls">Call and put walls.</param>
/// <param name="Zones">Battle zones, ordered by strike.</param>
/// <param name="PerStrike">GEX and open interest per strike (§7.2), ordered by strike.</param>
public sealed record ChainLevels(double Forward, long TsEvent, WallLevels Walls, IReadOnlyList<BattleZone> Zones, IReadOnlyList<StrikeGex> PerStrike)
{
    /// <summary>No walls and no zones (no open interest yet, or F unknown).</summary>
    public static ChainLevels None(double forward, long tsEvent) => new(forward, tsEvent, new WallLevels(null, null, WallBasis.Oi), [], []);

    /// <summary>
    /// Battle-zone alignment of the path F → F + d·target (§6.2): <see cref="ZoneAlignment.Opposed"/> when a zone on
    /// the path has hedge direction −d, <see cref="ZoneAlignment.Aligned"/> when one has d and none −d, else
    /// <see cref="ZoneAlignment.NoZone"/> (zones at the money, h = 0, count as none). A zone is on the path when its
    /// strike range [k_low, k_high] meets the path's price range.
    /// </summary>
    /// <param name="direction">d: +1 bullish, −1 bearish; 0 gives <see cref="ZoneAlignment.NoZone"/>.</param>
    /// <param name="forward">F at the signal.</param>
    /// <param name="target">Target in points (≥ 0).</param>
    public ZoneAlignment Alignment(int direction, double forward, double target)
    {
        if (direction == 0 || !(target > 0))
        {
            return ZoneAlignment.NoZone;
        }

        double lo = Math.Min(forward, forward + (direction * target));
        double hi = Math.Max(forward, forward + (direction * target));
        bool with = false;
        foreach (var z in Zones)
        {
            if (z.KHigh < lo || z.KLow > hi || z.HedgeDirection == 0)
            {
                continue;
            }

            if (z.HedgeDirection == -direction)
            {
                return ZoneAlignment.Opposed;
            }

            with = true;
        }

        return with ? ZoneAlignment.Aligned : ZoneAlignment.NoZone;
    }

    /// <summary>
    /// The <c>levels</c> bracket (§6.2): target = distance from F to the nearest wall or zone in direction d that is
    /// at least <paramref name="minTarget"/> away; stop = distance to the nearest wall or zone against d, plus
    /// <paramref name="stopBuffer"/>. A zone's distance is to its near edge (k_low above F, k_high below); a zone
    /// containing F is not a level. 0 for a side without a level (the decision then rejects the bracket).
    /// </summary>
    /// <param name="direction">d: +1 bullish, −1 bearish.</param>
    /// <param name="forward">F at the signal.</param>
    /// <param name="minTarget">Smallest target (points).</param>
    /// <param name="stopBuffer">Points added beyond the opposing level.</param>
    public (double Target, double Stop) LevelsBracket(int direction, double forward, double minTarget, double stopBuffer)
    {
        if (direction == 0)
        {
            return (0, 0);
        }

        double target = double.PositiveInfinity;
        double stop = double.PositiveInfinity;
        void Consider(double distance, int side)
        {
            if (!(distance > 0))
            {
                return;
            }

            if (side == direction)
            {
                if (distance >= minTarget && distance < target)
                {
                    target = distance;
                }
            }
            else if (distance < stop)
            {
                stop = distance;
            }
        }

        if (Walls.CallWall is double cw)
        {
            Consider(Math.Abs(cw - forward), Math.Sign(cw - forward));
        }

        if (Walls.PutWall is double pw)
        {
            Consider(Math.Abs(pw - forward), Math.Sign(pw - forward));
        }

        foreach (var z in Zones)
        {
            if (z.KLow > forward)
            {
                Consider(z.KLow - forward, +1);
            }
            else if (z.KHigh < forward)
            {
                Consider(forward - z.KHigh, -1);
            }
        }

        return (double.IsFinite(target) ? target : 0, double.IsFinite(stop) ? stop + stopBuffer : 0);
    }
}
