using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Authorisation;

/// <summary>
/// The authorisation matrix: every endpoint of <see cref="EndpointTable"/> × every role × own unit / another unit,
/// sent for real through the app, compared with the table. One test, so that a failure lists every wrong cell at once.
/// It has its own app: rows change data (a value, evidence, the head's sign-off).
/// </summary>
public sealed partial class AuthorisationMatrixTests(WebAppFactory factory) : IClassFixture<WebAppFactory>, IAsyncLifetime
{
    private static readonly Dictionary<Principal, string> Emails = new()
    {
        [Principal.Administrator] = "quantri@demo.chiso.vn",
        [Principal.Organiser] = "tochuc@demo.chiso.vn",
        [Principal.Reviewer] = "thamdinh@demo.chiso.vn",
        [Principal.Leader] = "lanhdao@demo.chiso.vn",
        [Principal.Reporter] = "baocao@demo.chiso.vn",
        [Principal.Head] = "thutruong@demo.chiso.vn",
    };

    private readonly WebAppFactory _factory = factory;
    private readonly Dictionary<Principal, (Browser Browser, string Token)> _callers = [];

    public async Task InitializeAsync()
    {
        foreach (var principal in Enum.GetValues<Principal>())
        {
            var browser = new Browser(_factory);
            if (Emails.TryGetValue(principal, out var email))
            {
                var signedIn = await browser.SignInAsync(email);
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }

            var page = await browser.Client.GetStringAsync(new Uri(principal == Principal.Anonymous ? "/signin" : "/", UriKind.Relative));
            _callers[principal] = (browser, Browser.TokenIn(page));
        }
    }

    [Fact]
    public async Task EveryEndpoint_EveryRole_OwnAndOtherUnit_AnswersAsTheTableSays()
    {
        var ids = await MatrixSetup.PrepareAsync(_factory, _callers[Principal.Reporter].Browser);
        ids = ids with
        {
            Previews = await MatrixSetup.PreviewsAsync(ids, _callers.Where(c => c.Key is Principal.Reporter or Principal.Head).ToDictionary(c => c.Key, c => c.Value)),
            ReporterTokenId = await MatrixSetup.TokenAsync(_callers[Principal.Reporter].Browser, _callers[Principal.Reporter].Token),
            SpareUserId = await MatrixSetup.SpareUserAsync(_factory),
            DraftEditionId = await MatrixSetup.DraftEditionAsync(_factory),
            GroupId = await MatrixSetup.GroupAsync(_factory),
        };
        var wrong = new List<string>();
        var checkedCells = 0;

        foreach (var row in EndpointTable.Rows)
        {
            foreach (var principal in Enum.GetValues<Principal>())
            {
                var rowIds = row.Fresh ? await MatrixSetup.FreshEvidenceAsync(_factory, ids) : ids;
                using var response = await SendAsync(row, rowIds, principal);
                var actual = Read(response);
                checkedCells++;
                if (actual != row.ExpectedFor(principal))
                {
                    wrong.Add($"{row.Name} as {principal}: expected {row.ExpectedFor(principal)}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {checkedCells} cells differ from the table:\n" + string.Join('\n', wrong));
        Assert.Equal(EndpointTable.Rows.Count * 7, checkedCells);
    }

    /// <summary>
    /// A new endpoint must say who may use it: a policy (<c>RequireAuthorization</c>, <c>[Authorize]</c>) or an explicit
    /// <c>AllowAnonymous</c>. And every endpoint that needs a sign-in must have a row in <see cref="EndpointTable"/>, so
    /// that the matrix above sends every role to it.
    /// </summary>
    [Fact]
    public void EveryMappedEndpoint_HasAnAuthorisationDecisionAndARowInTheTable()
    {
        var endpoints = MappedEndpoint.Read(_factory.Services);
        var ids = new MatrixIds(1, 2, 3, 4, 5, 6, 7) { Previews = new Dictionary<Principal, string>(), SpareUserId = "someone", GroupId = 8 };

        // In Development only, MapStaticAssets adds a fallback that serves files from wwwroot: static files, open to all.
        var undecided = endpoints.Where(e => !e.Decided && e.Name != "Fallback {**path:file}").ToList();
        var untested = endpoints.Where(e => e.Decided && !e.Anonymous && !NotInTheMatrix.Contains(e.ToString()) && !EndpointTable.Rows.Any(r => Covers(r, e, ids))).ToList();

        Assert.True(endpoints.Count > 50, $"Only {endpoints.Count} endpoints were found: is the data source the app's?");
        Assert.True(undecided.Count == 0, "Endpoints without a policy or AllowAnonymous:\n" + string.Join('\n', undecided));
        Assert.True(untested.Count == 0, "Endpoints that need a sign-in but have no row in EndpointTable:\n" + string.Join('\n', untested));
    }

    /// <summary>Signing out ends the caller's session, and the matrix needs its sessions to the end; SignInTests covers it.</summary>
    private static readonly HashSet<string> NotInTheMatrix = ["POST /account/signout (HTTP: POST /account/signout => SignOut)"];

    /// <summary>A row covers the endpoint of its method and path; a page's GET covers its form posts too (one component, one policy).</summary>
    private static bool Covers(MatrixRow row, MappedEndpoint endpoint, MatrixIds ids)
    {
        var method = row.Send switch { Send.Get => "GET", Send.Put => "PUT", Send.Delete => "DELETE", _ => "POST" };
        return (endpoint.Method == "*" || endpoint.Method == method || endpoint.Page)
            && endpoint.Matches(row.Path(ids).Replace("{preview}", "p", StringComparison.Ordinal).Replace("{upload}", "p", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> SendAsync(MatrixRow row, MatrixIds ids, Principal principal)
    {
        var (browser, token) = _callers[principal];
        // A workbook preview belongs to the user who uploaded it: each caller applies their own (or an unknown one).
        // The API's preview token is "upload.fingerprint"; the preview page is addressed by the upload alone.
        var preview = ids.Previews.GetValueOrDefault(principal, "none");
        var path = row.Path(ids).Replace("{preview}", preview, StringComparison.Ordinal).Replace("{upload}", preview.Split('.')[0], StringComparison.Ordinal);
        var uri = new Uri(path, UriKind.Relative);
        var method = row.Send switch { Send.Get => HttpMethod.Get, Send.Put => HttpMethod.Put, Send.Delete => HttpMethod.Delete, _ => HttpMethod.Post };
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("RequestVerificationToken", token);
        request.Content = row.Send switch
        {
            Send.Get or Send.Delete => null,
            Send.Json or Send.Put => JsonContent.Create(row.Body?.Invoke(ids) ?? new { }),
            Send.Form => new FormUrlEncodedContent(
                new Dictionary<string, string>(row.Body?.Invoke(ids) as Dictionary<string, string> ?? []) { ["__RequestVerificationToken"] = token }),
            Send.Multipart => Multipart(token),
            _ => throw new InvalidOperationException($"Row {row.Name}: {row.Send} is not sent by this test."),
        };
        return await browser.Client.SendAsync(request);
    }

    private static MultipartFormDataContent Multipart(string token)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Biên bản kiểm tra quyền truy cập."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "kiem-tra.txt" } };
    }

    private static Verdict Read(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        401 => Verdict.SignIn,
        302 when IsChallenge(response.Headers.Location) => Verdict.SignIn,
        403 or 404 => Verdict.Refused,
        >= 200 and < 400 or 400 or 409 or 422 => Verdict.Allowed,
        _ => Verdict.Broken,
    };

    /// <summary>The cookie's challenge: to sign in, and back here afterwards (a sign-out also lands on /signin, but plainly).</summary>
    private static bool IsChallenge(Uri? location) =>
        location?.OriginalString is { } to && to.Contains("/signin", StringComparison.Ordinal) && to.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase);

    public Task DisposeAsync()
    {
        foreach (var (browser, _) in _callers.Values)
        {
            browser.Dispose();
        }

        return Task.CompletedTask;
    }
}
