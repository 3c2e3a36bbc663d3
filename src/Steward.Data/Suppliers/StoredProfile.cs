using Steward.Core.Suppliers;

namespace Steward.Data.Suppliers;

/// <summary>A profile as the register holds it: the profile, its JSON, its link to an organisation and its version.</summary>
public sealed record StoredProfile(string Id, string Name, string? OrganisationId, string? LinkedBy, int Version,
    DateTime UpdatedAt, string UpdatedBy, SupplierProfile Profile, string Json);
