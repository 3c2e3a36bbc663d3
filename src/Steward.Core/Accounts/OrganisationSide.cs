namespace Steward.Core.Accounts;

/// <summary>Which side of procurement an organisation in Steward is on; it decides the roles its members may hold.</summary>
public enum OrganisationSide
{
    /// <summary>A contracting authority (PA 2023 s.2): commissioners and evaluators.</summary>
    Buyer,

    /// <summary>A supplier (PA 2023 s.1): supplier accounts.</summary>
    Supplier,

    /// <summary>A body that checks register evidence (a buyer's team or an independent verifier): verifiers.</summary>
    Verification,

    /// <summary>The organisation that runs this Steward instance: admins.</summary>
    Instance,
}
