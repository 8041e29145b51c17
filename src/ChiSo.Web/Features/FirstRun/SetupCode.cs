using System.Security.Cryptography;
using System.Text;

namespace ChiSo.Web.Features.FirstRun;

/// <summary>
/// The one-time code that guards the first administrator's page: twelve characters in three groups (XXXX-XXXX-XXXX)
/// from an alphabet without look-alikes (no 0/O, 1/I/L), about 60 bits; made at process start, written to the log only.
/// </summary>
public sealed class SetupCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private readonly byte[] _bytes;

    public SetupCode()
        : this(string.Join('-', Enumerable.Range(0, 3).Select(_ => new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4)))))
    {
    }

    internal SetupCode(string value)
    {
        Value = value;
        _bytes = Encoding.ASCII.GetBytes(Normalise(value));
    }

    /// <summary>As shown in the log: XXXX-XXXX-XXXX.</summary>
    public string Value { get; }

    /// <summary>
    /// Whether <paramref name="typed"/> is the code, ignoring case, spaces and dashes, compared in constant time (the
    /// time of the answer does not tell how much of it was right).
    /// </summary>
    public bool Matches(string? typed)
    {
        var given = Encoding.ASCII.GetBytes(Normalise(typed ?? ""));
        return CryptographicOperations.FixedTimeEquals(given, _bytes);
    }

    private static string Normalise(string text) =>
        new([.. text.Length > 64 ? "" : text.Where(c => c is not ('-' or ' ' or '\t')).Select(char.ToUpperInvariant).Where(char.IsAscii)]);
}
