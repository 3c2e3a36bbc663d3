namespace Steward.Core.Processes;

/// <summary>
/// A notice document's <c>documentType</c> in words: the titles of OCDS 1.1.5's documentType codelist
/// (open-contracting/standard 1__1__5 <c>schema/codelists/documentType.csv</c>) and of the four codes the UK extension
/// adds (cabinetoffice/ocds_uk_extension <c>codelists/+documentType.csv</c>; both under ../shared/data/schema). The
/// import keeps a document that carries a UK notice type or is one of the four notice document types
/// (<see cref="ProcessFactsReader"/>), so any of these can reach a process page.
/// </summary>
public static class DocumentTypes
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["plannedProcurementNotice"] = "Notice of planned procurement",
        ["tenderNotice"] = "Tender notice",
        ["awardNotice"] = "Award notice",
        ["contractNotice"] = "Contract notice",
        ["completionCertificate"] = "Completion certificate",
        ["procurementPlan"] = "Procurement plan",
        ["biddingDocuments"] = "Bidding documents",
        ["technicalSpecifications"] = "Technical specifications",
        ["evaluationCriteria"] = "Evaluation criteria",
        ["evaluationReports"] = "Evaluation report",
        ["contractDraft"] = "Contract draft",
        ["contractSigned"] = "Signed contract",
        ["contractArrangements"] = "Arrangements for ending contract",
        ["contractSchedule"] = "Contract schedules",
        ["physicalProgressReport"] = "Physical progress reports",
        ["financialProgressReport"] = "Financial progress reports",
        ["finalAudit"] = "Final audit",
        ["hearingNotice"] = "Public hearing notice",
        ["marketStudies"] = "Market studies",
        ["eligibilityCriteria"] = "Eligibility criteria",
        ["clarifications"] = "Clarifications to bidders questions",
        ["shortlistedFirms"] = "Shortlisted firms",
        ["environmentalImpact"] = "Environmental impact",
        ["assetAndLiabilityAssessment"] = "Assessment of government's assets and liabilities",
        ["riskProvisions"] = "Provisions for management of risks and liabilities",
        ["winningBid"] = "Winning bid",
        ["complaints"] = "Complaints and decisions",
        ["contractAnnexe"] = "Annexes to the contract",
        ["contractGuarantees"] = "Guarantees",
        ["subContract"] = "Subcontracts",
        ["needsAssessment"] = "Needs assessment",
        ["feasibilityStudy"] = "Feasibility study",
        ["projectPlan"] = "Project plan",
        ["billOfQuantity"] = "Bill of quantity",
        ["bidders"] = "Information on bidders",
        ["conflictOfInterest"] = "Conflict of interest",
        ["debarments"] = "Debarments",
        ["illustration"] = "Illustrations",
        ["submissionDocuments"] = "Bid submission documents",
        ["contractSummary"] = "Contract summary",
        ["cancellationDetails"] = "Cancellation details",
        ["marketEngagementNotice"] = "Market engagement notice",
        ["tenderCancellationNotice"] = "Tender cancellation notice",
        ["contractTerminationNotice"] = "Contract termination notice",
        ["implementationNotice"] = "Implementation notice",
    };

    /// <summary>The document type in words ("tenderNotice" → "Tender notice"), any case; null for a code outside the two codelists.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}
