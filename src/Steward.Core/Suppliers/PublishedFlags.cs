namespace Steward.Core.Suppliers;

/// <summary>
/// What an organisation's published OCDS party said of itself (the latest notice): <c>details.scale</c>,
/// <c>details.vcse</c>, <c>details.shelteredWorkshop</c>, <c>details.publicServiceMissionOrganization</c>.
/// </summary>
public sealed record PublishedFlags(string? Scale, bool? Vcse, bool? ShelteredWorkshop, bool? PublicServiceMission)
{
    /// <summary>SME as published: true for sme/small/medium/micro, false for large or selfEmployed… (null when scale says nothing).</summary>
    public bool? Sme => Analytics.Counting.IsKnownScale(Scale) ? Analytics.Counting.IsSme(Scale) : null;
}
