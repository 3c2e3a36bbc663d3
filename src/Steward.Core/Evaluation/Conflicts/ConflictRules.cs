using Steward.Core.Common;

namespace Steward.Core.Evaluation.Conflicts;

/// <summary>
/// Conflicts of interest in evaluation (PA 2023 ss.81–83; evaluation-methods.md §4, T16): an evaluator declares about
/// every bidder before reading any bid; one who has not declared about them all reads none; a declared interest keeps
/// the evaluator from that bidder's bid. A declaration of an interest must say what it is and how it is mitigated.
/// </summary>
public static class ConflictRules
{
    public const string Code = "CONFLICT";

    public const string Reference = "PA 2023 ss.81–82";

    /// <summary>Whether <paramref name="evaluator"/> may read and score <paramref name="bidder"/>'s bid, among <paramref name="bidders"/>.</summary>
    public static BidAccess Access(string evaluator, string bidder, IReadOnlyCollection<string> bidders, IEnumerable<ConflictDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(bidders);
        ArgumentNullException.ThrowIfNull(declarations);
        var own = declarations.Where(d => d.Evaluator == evaluator).GroupBy(d => d.Bidder).ToDictionary(g => g.Key, g => g.OrderBy(d => d.At).Last(), StringComparer.Ordinal);
        var missing = bidders.Count(b => !own.ContainsKey(b));
        if (missing > 0)
        {
            return new BidAccess(false, $"declare any interest in each of the {bidders.Count} bidders before reading any bid ({missing} still to declare; {Reference})");
        }

        return own.TryGetValue(bidder, out var declared) && declared.Interest != InterestKind.None
            ? new BidAccess(false, $"you declared a {declared.Interest.ToString().ToLowerInvariant()} interest in this bidder, so you do not read or score its bid ({Reference}); mitigation: {declared.Mitigation}")
            : BidAccess.Yes;
    }

    /// <summary>A declaration's problems: an interest must say what it is and how it is mitigated.</summary>
    public static Error? Check(ConflictDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Interest == InterestKind.None)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(declaration.Description))
        {
            return new Error(Code, $"description: say what the {declaration.Interest.ToString().ToLowerInvariant()} interest is, so the conflicts assessment can record it (PA 2023 s.83)");
        }

        return string.IsNullOrWhiteSpace(declaration.Mitigation)
            ? new Error(Code, $"mitigation: say how the conflict is mitigated, for example that you will not read or score this bid ({Reference})")
            : null;
    }
}
