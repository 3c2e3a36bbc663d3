using Steward.Core.Processes;
using Steward.Core.Suppliers;
using Steward.Ocds.Normalisation;

namespace Steward.Data.Suppliers;

/// <summary>
/// A profile's identifiers as the store compares them: scheme in upper case, Companies House numbers padded to 8
/// characters (as imports pad them), strongest scheme first; and the profile's register id.
/// </summary>
public static class ProfileIdentifiers
{
    public static IReadOnlyList<OrganisationIdentifier> Normalised(SupplierProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return OrganisationKeys.Ordered(profile.Identifiers
            .Select(i => (Scheme: i.Scheme.Trim().ToUpperInvariant(), Id: i.Id.Trim()))
            .Select(i => new OrganisationIdentifier(i.Scheme, i.Scheme == "GB-COH" ? CompaniesHouse.Pad(i.Id) ?? i.Id : i.Id))
            .Distinct());
    }

    /// <summary>The strongest identifier's key, else <c>name:</c> and the normalised name; null with neither.</summary>
    public static string? RegisterId(SupplierProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var identifiers = Normalised(profile);
        if (identifiers.Count > 0)
        {
            return identifiers[0].Key;
        }

        return profile.Name is { } name && OrganisationKeys.NormaliseName(name) is { Length: > 0 } normalised ? $"name:{normalised}" : null;
    }
}
