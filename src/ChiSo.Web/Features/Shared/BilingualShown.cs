using ChiSo.Engine;

namespace ChiSo.Web.Features.Shared;

/// <summary>A <see cref="Bilingual"/> sentence in the language of the current request.</summary>
public static class BilingualShown
{
    extension(Bilingual text)
    {
        /// <summary>The sentence in the user's language.</summary>
        public string Shown => L.T(text.Vi, text.En);
    }
}
