namespace Steward.Web.Accounts;

/// <summary>The upload pages' request limit: above the largest evidence file allowed (Steward:Register:EvidenceMaxBytes, at most 100 MB) plus the form.</summary>
public static class EvidenceLimits
{
    public const long RequestBytes = (100L * 1024 * 1024) + (64 * 1024);
}
