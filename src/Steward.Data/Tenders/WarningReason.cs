namespace Steward.Data.Tenders;

/// <summary>Why a commissioner proceeds past a warning: the finding's code and path, and the reason, which is kept with the design and its audit entry.</summary>
public sealed record WarningReason(string Code, string Path, string Reason)
{
    /// <summary>How a finding is matched to its reason.</summary>
    public static string Key(string code, string path) => $"{code}@{path}";
}
