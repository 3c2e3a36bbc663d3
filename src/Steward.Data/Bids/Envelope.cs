using System.Security.Cryptography;
using System.Text;

namespace Steward.Data.Bids;

/// <summary>
/// Authenticated encryption for the tender box: AES-256-GCM, each sealed value laid out as a 12-byte nonce, a 16-byte
/// tag and the ciphertext. The associated data binds a value to where it belongs (a bid's content to its bid and box),
/// so a value copied into another row does not open.
/// </summary>
internal static class Envelope
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>A fresh random 256-bit key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static byte[] Seal(byte[] key, byte[] plaintext, string associated)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var sealedValue = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(associated));
        return sealedValue;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the key is wrong or the value was changed or moved.</summary>
    public static byte[] Open(byte[] key, byte[] sealedValue, string associated)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The sealed value is too short to be one.");
        }

        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(associated));
        return plaintext;
    }
}
