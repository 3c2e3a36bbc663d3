using System.Security.Cryptography;
using System.Text;
using Steward.Data;

namespace Steward.Testing;

/// <summary>
/// What a store holds, as one comparable text: a hash of every release (ocid, key, hash), every record and every
/// supplier-register change, and the row count of every analytic table. Equal snapshots before and after an
/// operation mean it changed nothing.
/// </summary>
public static class StoreSnapshot
{
    public static string Take(DatabaseTarget target)
    {
        using var context = StewardDatabase.CreateContext(target);
        var text = new StringBuilder();
        foreach (var release in context.Releases.OrderBy(r => r.Ocid).ThenBy(r => r.ReleaseKey).Select(r => new { r.Ocid, r.ReleaseKey, r.Hash }))
        {
            text.Append(release.Ocid).Append('|').Append(release.ReleaseKey).Append('|').AppendLine(release.Hash);
        }

        foreach (var record in context.Records.OrderBy(r => r.Ocid).Select(r => new { r.Ocid, r.Compiled }))
        {
            text.Append(record.Ocid).Append('|').AppendLine(record.Compiled);
        }

        foreach (var change in context.SupplierProfileChanges.OrderBy(c => c.Id).Select(c => new { c.Id, c.After }))
        {
            text.Append(change.Id).Append('|').AppendLine(change.After);
        }

        var counts = $"processes {context.Processes.Count()} lots {context.Lots.Count()} awards {context.Awards.Count()} " +
                     $"contracts {context.Contracts.Count()} organisations {context.Organisations.Count()} parties {context.ProcessParties.Count()} " +
                     $"profiles {context.SupplierProfiles.Count()}";
        return $"{counts} content {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))}";
    }
}
