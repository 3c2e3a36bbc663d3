namespace Steward.Data.Suppliers;

/// <summary>An organisation whose published name matches a profile's: a suggestion only, until a person confirms it.</summary>
public sealed record NameSuggestion(string OrganisationId, string Name);
