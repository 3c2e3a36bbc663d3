namespace Steward.Data.Suppliers;

/// <summary>
/// What saving a profile did: <c>created</c>, <c>updated</c> (with the fields that changed) or <c>unchanged</c>; the
/// organisation it is linked to; name suggestions when it is linked to none.
/// </summary>
public sealed record SaveOutcome(string Id, string Action, IReadOnlyList<string> Fields, string? OrganisationId, IReadOnlyList<NameSuggestion> Suggestions);
