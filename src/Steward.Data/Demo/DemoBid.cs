namespace Steward.Data.Demo;

/// <summary>One bid on a demo lot, for processes that publish <c>bids.details</c>.</summary>
/// <param name="Id">The bid id.</param>
/// <param name="Tenderer">Who bid.</param>
/// <param name="Status">valid or disqualified.</param>
/// <param name="Value">Its price.</param>
/// <param name="HoursBeforeDeadline">When it came in, in hours before the tender deadline (negative: late).</param>
internal sealed record DemoBid(string Id, DemoOrganisation Tenderer, string Status, double Value, int HoursBeforeDeadline);
