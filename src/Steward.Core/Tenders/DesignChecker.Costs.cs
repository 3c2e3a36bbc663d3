namespace Steward.Core.Tenders;

/// <summary>A lot's open-book cost template: it must be one bidders can answer (docs/open-book.md).</summary>
public static partial class DesignChecker
{
    private static void CostTemplate(DesignLot lot, string path, List<DesignFinding> findings)
    {
        if (lot.CostTemplate is not { } template)
        {
            return;
        }

        foreach (var problem in template.Validate())
        {
            Error(findings, "COST_TEMPLATE_INVALID", $"{path}.costTemplate", $"The open-book cost template cannot be answered: {problem.Message}",
                "Steward open-book rules (docs/open-book.md): a template needs its lines and a required Margin line, so every price shows its margin");
        }
    }
}
