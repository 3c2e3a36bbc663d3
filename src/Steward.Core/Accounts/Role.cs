namespace Steward.Core.Accounts;

/// <summary>
/// What a person does for an organisation in Steward. A person holds roles through memberships; each role belongs to
/// one side (<see cref="OrganisationSide"/>). The names are a contract: they appear in the CLI, the API and the audit trail.
/// </summary>
public enum Role
{
    /// <summary>Designs tenders and runs a buyer's procurements; invites the buyer's people.</summary>
    Commissioner,

    /// <summary>Scores bids for a buyer.</summary>
    Evaluator,

    /// <summary>Acts for a supplier: edits its register profile, uploads evidence, bids.</summary>
    Supplier,

    /// <summary>Checks the evidence behind register profiles and marks what it covers and until when.</summary>
    Verifier,

    /// <summary>Runs the Steward instance: organisations, invitations, machine tokens.</summary>
    Admin,
}
