using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// The content hash on a bid's receipt: SHA-256 over the bid's canonical JSON and, in name order, each attached file's
/// name and SHA-256. A supplier can recompute it from what it sent; the same content always gives the same hash, and
/// any change to the text, price, commitments or a file gives another.
/// </summary>
public static class BidFingerprint
{
    public static string Of(BidContent bid, IEnumerable<(string Name, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(bid);
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder(BidContentJson.Write(bid));
        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append(':').Append(Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
