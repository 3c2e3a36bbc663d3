namespace Steward.Data.Entities;

/// <summary>
/// A CPV code in the words its publishers gave it (<c>classification.description</c>), kept once per code by each
/// import (table <c>cpv_names</c>, docs/store.md "CPV codes in words"): the portal names the codes finer than a division
/// with them, since the vocabulary's 9,454 names are not shipped.
/// </summary>
public class CpvNameRow
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;
}
