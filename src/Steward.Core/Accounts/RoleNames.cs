namespace Steward.Core.Accounts;

/// <summary>The names roles and sides go by in the CLI, the API, the store and the audit trail (lower case; a contract).</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.Commissioner => "commissioner",
        Role.Evaluator => "evaluator",
        Role.Supplier => "supplier",
        Role.Verifier => "verifier",
        _ => "admin",
    };

    public static string Of(OrganisationSide side) => side switch
    {
        OrganisationSide.Buyer => "buyer",
        OrganisationSide.Supplier => "supplier",
        OrganisationSide.Verification => "verification",
        _ => "instance",
    };

    public static bool TryParseRole(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static bool TryParseSide(string? text, out OrganisationSide side)
    {
        foreach (var candidate in Enum.GetValues<OrganisationSide>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                side = candidate;
                return true;
            }
        }

        side = default;
        return false;
    }

    /// <summary>Every role's name, for messages ("one of commissioner, evaluator, ...").</summary>
    public static string All => string.Join(", ", Enum.GetValues<Role>().Select(Of));

    /// <summary>Every side's name, for messages.</summary>
    public static string AllSides => string.Join(", ", Enum.GetValues<OrganisationSide>().Select(Of));
}
