using Steward.Core.Tenders;

namespace Steward.Data.Tenders;

/// <summary>A stored design read for checking: the design with the store's buyer and goals, and the checker's findings.</summary>
public sealed record DesignReview(StoredDesign Stored, TenderDesign Design, IReadOnlyList<DesignFinding> Findings)
{
    public bool Publishable => DesignChecker.Publishable(Findings);

    public IEnumerable<DesignFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);
}
