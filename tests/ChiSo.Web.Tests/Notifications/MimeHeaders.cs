using System.Text;
using System.Text.RegularExpressions;

namespace ChiSo.Web.Tests.Notifications;

/// <summary>Reads one header of a raw message, unfolded and with its RFC 2047 encoded words decoded.</summary>
public static partial class MimeHeaders
{
    public static string? Header(string message, string name)
    {
        ArgumentNullException.ThrowIfNull(message);
        var head = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2)[0];
        var unfolded = FoldPattern().Replace(head, " ");
        var line = unfolded.Split('\n').FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
        return line is null ? null : Decode(line[(name.Length + 1)..].Trim());
    }

    /// <summary>Adjacent encoded words are joined before decoding: a UTF-8 letter may be split between two of them.</summary>
    public static string Decode(string value)
    {
        var text = new StringBuilder();
        var bytes = new List<byte>();
        var position = 0;
        foreach (Match word in WordPattern().Matches(value))
        {
            var between = value[position..word.Index];
            if (between.Trim().Length > 0)
            {
                Flush(text, bytes);
                text.Append(between);
            }

            var payload = word.Groups[3].Value;
            bytes.AddRange(word.Groups[2].Value is "B" or "b"
                ? Convert.FromBase64String(payload)
                : QuotedPrintable(payload));
            position = word.Index + word.Length;
        }

        Flush(text, bytes);
        return text.Append(value[position..]).ToString();
    }

    private static void Flush(StringBuilder text, List<byte> bytes)
    {
        text.Append(Encoding.UTF8.GetString([.. bytes]));
        bytes.Clear();
    }

    private static List<byte> QuotedPrintable(string payload)
    {
        var result = new List<byte>();
        for (var i = 0; i < payload.Length; i++)
        {
            if (payload[i] == '=' && i + 2 < payload.Length)
            {
                result.Add(Convert.ToByte(payload.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                result.Add(payload[i] == '_' ? (byte)' ' : (byte)payload[i]);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\n[ \t]+")]
    private static partial Regex FoldPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex WordPattern();
}
