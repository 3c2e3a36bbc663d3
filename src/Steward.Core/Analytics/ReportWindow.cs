namespace Steward.Core.Analytics;

/// <summary>
/// The dates a report covers: from <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive), either open.
/// A process falls in it by the date it was first published; an award by its own date, else its process's.
/// </summary>
public sealed record ReportWindow(DateTime? From, DateTime? Until)
{
    public static readonly ReportWindow All = new(null, null);

    public bool IsOpen => From is null && Until is null;

    /// <summary>The date is in the window; an unknown date is only in an open window.</summary>
    public bool Contains(DateTime? date) =>
        IsOpen || (date is { } d && (From is null || d >= From) && (Until is null || d < Until));

    /// <summary>The date an award counts from: its own, else its process's.</summary>
    public static DateTime? AwardDate(AwardView award, ProcessView process) => award?.Date ?? process?.ReportDate;
}
