namespace ChiSo.Web.Tests.Authorisation;

/// <summary>Who asks: nobody, or a demo account of each role (the reporter and head belong to Sở KH&amp;CN Tây Ninh).</summary>
public enum Principal
{
    Anonymous,
    Administrator,
    Organiser,
    Reviewer,
    Leader,
    Reporter,
    Head,
}

/// <summary>What the answer means for authorisation, read from the status code.</summary>
public enum Verdict
{
    /// <summary>Let through: 2xx, a redirect elsewhere than sign-in, or a validation answer (400, 409, 422).</summary>
    Allowed,

    /// <summary>Refused: 403, or 404 where the app hides what the caller may not see.</summary>
    Refused,

    /// <summary>Sent to sign in: 401 for the API, a redirect to /signin for pages.</summary>
    SignIn,

    /// <summary>Anything else (a 500 is never right).</summary>
    Broken,
}
