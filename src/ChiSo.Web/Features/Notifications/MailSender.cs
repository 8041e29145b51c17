using System.Net.Mail;
using System.Text;
using ChiSo.Data.Notifications;
using Microsoft.Extensions.Options;

namespace ChiSo.Web.Features.Notifications;

/// <summary>Hands one message to the mail server; returns only once the server has accepted it, throws otherwise.</summary>
public sealed class MailSender(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("No SMTP host is configured (Smtp:Host).");
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds,
        };
        using var mail = new MailMessage(smtp.From, message.To)
        {
            // Vietnamese subjects and bodies: UTF-8, encoded by SmtpClient as MIME encoded words / base64.
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
