using System.Globalization;
using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Tenders;

namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// Whether a bid answers the tender it is for, checked at submission so that nothing unanswerable is sealed: the lot
/// exists, the price is above zero, every criterion is answered, each commitment is against a measure the lot's
/// social value criteria hold winners to, in that measure's unit, the open-book breakdown answers the lot's cost
/// template and adds up to the price, and the declarations are made. Each problem names its field.
/// </summary>
public static class BidRules
{
    public const string Code = "BID_REFUSED";

    public static IReadOnlyList<Error> Check(TenderDesign design, BidContent bid)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(bid);
        var errors = new List<Error>();
        void Fail(string path, string message) => errors.Add(new Error(Code, $"{path}: {message}"));
        var lot = design.Lots.FirstOrDefault(l => l.Id == bid.Lot);
        if (lot is null)
        {
            Fail("lot", $"this tender has no lot \"{bid.Lot}\"; its lots are {string.Join(", ", design.Lots.Select(l => l.Id))}");
            return errors;
        }

        if (bid.Price <= 0m)
        {
            Fail("price", "give the whole price for the lot, above £0");
        }

        var answerable = Answerable(lot);
        foreach (var criterion in answerable.Where(c => !bid.Responses.TryGetValue(c.Id, out var r) || (string.IsNullOrWhiteSpace(r.Text) && r.Files.Count == 0)))
        {
            Fail($"responses.{criterion.Id}", $"answer this criterion ({criterion.Title ?? criterion.Id}) with text or a file");
        }

        foreach (var unknown in bid.Responses.Keys.Where(k => answerable.All(c => c.Id != k)))
        {
            Fail($"responses.{unknown}", $"lot {lot.Id} has no criterion \"{unknown}\" to answer; its criteria are {string.Join(", ", answerable.Select(c => c.Id))}");
        }

        CheckCommitments(design, lot, bid, Fail);
        BidCosts.Check(lot, bid, Fail);
        foreach (var (field, text, reference) in BidDeclarations.All)
        {
            var made = field switch
            {
                "conditionsOfParticipation" => bid.Declarations.ConditionsOfParticipation,
                "noExclusionGrounds" => bid.Declarations.NoExclusionGrounds,
                _ => bid.Declarations.IndependentTender,
            };
            if (!made)
            {
                Fail($"declarations.{field}", $"confirm \"{text}\" ({reference}); a tender that cannot is disregarded (PA 2023 s.19(3)(a))");
            }
        }

        return errors;
    }

    /// <summary>The criteria a bid answers in words: every scored leaf but price, and every pass/fail criterion.</summary>
    public static IReadOnlyList<DesignCriterion> Answerable(DesignLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        return [.. lot.Criteria.SelectMany(c => c.Leaves()).Where(c => c.Kind != CriterionKind.Price)];
    }

    /// <summary>The measures winning commitments on this lot are held to: those its social value criteria name, with the goals' definitions.</summary>
    public static IReadOnlyList<Measure> Measures(TenderDesign design, DesignLot lot)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(lot);
        var named = lot.Criteria.Where(c => c.Kind == CriterionKind.SocialValue).SelectMany(c => c.Leaves().SelectMany(l => l.Measures).Concat(c.Measures)).ToHashSet(StringComparer.Ordinal);
        return [.. design.Goals.SelectMany(g => g.Measures).Where(m => named.Contains(m.Id)).DistinctBy(m => m.Id)];
    }

    private static void CheckCommitments(TenderDesign design, DesignLot lot, BidContent bid, Action<string, string> fail)
    {
        var measures = Measures(design, lot);
        var socialValue = lot.Criteria.Where(c => c.Kind == CriterionKind.SocialValue).SelectMany(c => c.Leaves()).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < bid.Commitments.Count; i++)
        {
            var commitment = bid.Commitments[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"commitments[{i}]");
            var measure = measures.FirstOrDefault(m => m.Id == commitment.Measure);
            if (measure is null)
            {
                fail($"{path}.measure", measures.Count == 0
                    ? $"lot {lot.Id} holds winners to no social value measure, so it takes no commitments"
                    : $"\"{commitment.Measure}\" is not a measure of this lot; choose one of {string.Join(", ", measures.Select(m => $"{m.Id} ({m.Unit})"))}");
                continue;
            }

            if (!string.Equals(commitment.Unit.Trim(), measure.Unit.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                fail($"{path}.unit", $"\"{commitment.Unit}\" is not the unit of {measure.Name}; commit in {measure.Unit}");
            }

            if (commitment.Quantity <= 0m)
            {
                fail($"{path}.quantity", $"commit to more than 0 {measure.Unit}");
            }

            if (commitment.By is { } by && design.TenderEnd is { } deadline && by <= deadline)
            {
                fail($"{path}.by", $"{by:yyyy-MM-dd} is not after the tender deadline ({deadline:yyyy-MM-dd}); commit to a day within the contract");
            }

            if (commitment.Criterion is { } criterion && !socialValue.Contains(criterion))
            {
                fail($"{path}.criterion", $"\"{criterion}\" is not a social value criterion of lot {lot.Id}");
            }
        }
    }
}
