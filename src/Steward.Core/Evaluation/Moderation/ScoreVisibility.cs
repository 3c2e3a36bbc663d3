namespace Steward.Core.Evaluation.Moderation;

/// <summary>
/// Who sees which marks before moderation (evaluation-methods.md §3.2; issue 14 item 4): an evaluator sees their own
/// marks at once and others' for a criterion of a bid only when every evaluator on that bid has marked it; a
/// moderator sees them at the same moment, and nobody else sees them at all.
/// </summary>
public static class ScoreVisibility
{
    /// <summary>Whether every evaluator on the bid has marked the criterion.</summary>
    public static bool AllMarked(string bid, string criterion, IReadOnlyCollection<string> evaluatorsOnBid, IEnumerable<IndividualScore> scores)
    {
        ArgumentNullException.ThrowIfNull(evaluatorsOnBid);
        ArgumentNullException.ThrowIfNull(scores);
        if (evaluatorsOnBid.Count == 0)
        {
            return false;
        }

        var marked = scores.Where(s => s.Bid == bid && s.Criterion == criterion).Select(s => s.Evaluator).ToHashSet(StringComparer.Ordinal);
        return evaluatorsOnBid.All(marked.Contains);
    }

    /// <summary>The marks <paramref name="viewer"/> (an evaluator on the bid, or null for the moderator) may see for one criterion of one bid.</summary>
    public static IReadOnlyList<IndividualScore> Visible(string? viewer, string bid, string criterion, IReadOnlyCollection<string> evaluatorsOnBid, IReadOnlyList<IndividualScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var these = scores.Where(s => s.Bid == bid && s.Criterion == criterion).ToList();
        if (AllMarked(bid, criterion, evaluatorsOnBid, these))
        {
            return viewer is null || evaluatorsOnBid.Contains(viewer) ? these : [];
        }

        return viewer is null ? [] : [.. these.Where(s => s.Evaluator == viewer)];
    }
}
