namespace Steward.Core.Tenders;

/// <summary>
/// What a buyer wants its spending to achieve: an outcome of the Social Value Model (<see cref="Outcome"/>, e.g.
/// <c>ppn002:1</c>) or a local priority of its own (a council plan's outcome, no <see cref="Outcome"/>), with the
/// measures it will track. Goals are public.
/// </summary>
/// <param name="Id">Unique within its owner.</param>
/// <param name="Owner">The buyer organisation's id.</param>
/// <param name="Title">What the goal is, in the buyer's words.</param>
/// <param name="Description">More about it.</param>
/// <param name="Outcome">The Social Value Model outcome it adopts (<c>ppn002:1</c>); null for a local priority.</param>
/// <param name="PeriodStart">The first day of the period it covers.</param>
/// <param name="PeriodEnd">The last day of the period it covers.</param>
/// <param name="Status">Draft, active, achieved or retired.</param>
/// <param name="Measures">What it tracks.</param>
public sealed record Goal(
    string Id,
    string Title,
    string? Description,
    string? Outcome,
    string? Owner,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    GoalStatus Status,
    IReadOnlyList<Measure> Measures)
{
    /// <summary>Whether the goal is a local priority rather than a model outcome.</summary>
    public bool IsLocal => Outcome is null;
}
