namespace Steward.Core.Tenders;

/// <summary>Which Sch. 1 goods and services threshold a buyer meets (DESIGN.json <c>buyer.kind</c>).</summary>
public enum AuthorityKind
{
    /// <summary>A sub-central authority: a council, university, academy or NHS body (the default).</summary>
    SubCentral,

    /// <summary>A central government authority (PA 2023 Sch. 1 para 1).</summary>
    Central,
}
