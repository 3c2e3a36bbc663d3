namespace Steward.Core.Processes;

/// <summary>An organisation identifier from a register: a scheme (org-id.guide style, e.g. GB-COH) and an id.</summary>
public sealed record OrganisationIdentifier(string Scheme, string Id)
{
    /// <summary>The <c>SCHEME-id</c> form OCDS uses for party ids (e.g. <c>GB-COH-01234567</c>).</summary>
    public string Key => $"{Scheme}-{Id}";
}
