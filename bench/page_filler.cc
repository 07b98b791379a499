#include "bench/page_filler.h"

#include <cstdio>

#include "base/text_util.h"

namespace marketclaims {
namespace {

using Words = std::vector<std::string>;

const Words kOpeners = {"The study examines",
                        "Our analysts review",
                        "This report evaluates",
                        "Industry interviews highlight",
                        "Supplier surveys point to",
                        "The research team compares",
                        "Distributors increasingly focus on",
                        "Buyers in the {m} space weigh",
                        "Procurement leaders monitor",
                        "Product managers prioritise",
                        "Investors in {m} vendors track",
                        "Regulators continue to scrutinise",
                        "Start-ups are challenging incumbents on",
                        "Channel partners report growing interest in",
                        "The competitive review covers"};
const Words kObjects = {"pricing trends",
                        "supply chain resilience",
                        "regulatory developments",
                        "technology roadmaps",
                        "distribution strategies",
                        "raw material availability",
                        "partnership activity",
                        "product launches",
                        "after-sales service models",
                        "certification requirements",
                        "sustainability commitments",
                        "import and export flows",
                        "capacity expansions",
                        "patent activity",
                        "customer retention programmes",
                        "total cost of ownership",
                        "contract manufacturing arrangements"};
const Words kTails = {"across major economies.",
                      "for the {m} industry.",
                      "in both mature and emerging regions.",
                      "using interviews with distributors and end users.",
                      "to support investment planning.",
                      "over the forecast horizon.",
                      "as buyers consolidate their supplier base.",
                      "in light of recent trade policy changes.",
                      "among tier-one and tier-two suppliers.",
                      "with a focus on long-term contracts.",
                      "while margins remain under pressure."};
const Words kStandalone = {
    "Each estimate is validated through a combination of top-down and bottom-up approaches.",
    "Primary research included discussions with executives, engineers and purchasing heads.",
    "Secondary sources include annual reports, trade journals and government databases.",
    "The report offers a detailed view of the value chain from raw materials to end use.",
    "Readers can request a free sample before purchasing the full study.",
    "Customisation is available at no extra cost for up to ten analyst hours.",
    "All figures are reviewed by a panel of senior analysts before publication.",
    "The {m} landscape remains fragmented, with many regional suppliers.",
    "Rising awareness among end users continues to support adoption of {m} products.",
    "High initial costs and a shortage of skilled technicians remain notable restraints.",
    "Vendors are investing in digital sales channels to reach smaller customers.",
    "Mergers and acquisitions have reshaped the competitive structure in recent years.",
    "Demand is shaped by replacement cycles as much as by new installations.",
    "Several suppliers have announced plans to localise production closer to customers.",
    "The study also profiles emerging companies and their funding history."};
const Words kHeadings = {"Market Dynamics",      "Drivers",
                         "Restraints",           "Opportunities",
                         "Challenges",           "Research Methodology",
                         "Why Buy This Report",  "Report Customization",
                         "Industry Outlook",     "Value Chain Analysis",
                         "Porter's Five Forces", "Regulatory Landscape",
                         "Technology Trends",    "Scope of the Report"};
const Words kRelatedCore = {
    "Industrial Fastener",     "Bioplastic Packaging", "Robotic Lawn Mower", "Greenhouse Film",
    "Smart Thermostat",        "Marine Coating",       "Drone Delivery",     "Lithium Recycling",
    "Telehealth Platform",     "Pet Insurance",        "Modular Kitchen",    "Plant-Based Cheese",
    "Gas Detection Equipment", "Specialty Yeast",      "Cargo Drone",        "Hearing Aid"};

std::string Fill(std::string text, const PageFacts& f) {
  std::string lower = LowerMarket(f);
  for (std::size_t at; (at = text.find("{m}")) != std::string::npos;) text.replace(at, 3, lower);
  return text;
}

}  // namespace

std::string FillerSentence(Rng* rng, const PageFacts& f) {
  if (rng->Percent(30)) return Fill(rng->Pick(kStandalone), f);
  return Fill(rng->Pick(kOpeners) + " " + rng->Pick(kObjects) + " " + rng->Pick(kTails), f);
}

std::string FillerParagraph(Rng* rng, const PageFacts& f, int sentences) {
  std::string out;
  for (int i = 0; i < sentences; ++i) {
    if (i > 0) out += ' ';
    out += FillerSentence(rng, f);
  }
  return out;
}

std::string FillerHeading(Rng* rng) { return rng->Pick(kHeadings); }

std::vector<std::string> TocEntries(Rng* rng, const PageFacts& f) {
  std::vector<std::string> out;
  int chapter = 1;
  auto add = [&](const std::string& title, const std::vector<std::string>& subs) {
    out.push_back(std::to_string(chapter) + " " + title);
    for (std::size_t i = 0; i < subs.size(); ++i) {
      out.push_back(std::to_string(chapter) + "." + std::to_string(i + 1) + " " + subs[i]);
    }
    ++chapter;
  };
  add("Introduction", {"Study Assumptions", "Scope of the Study", "Research Methodology"});
  add("Executive Summary", {});
  add("Market Dynamics", {"Drivers", "Restraints", "Opportunities"});
  for (const SegmentList& s : f.segments) add(f.market + " Market, by " + s.label, s.names);
  add(f.market + " Market, by Region", f.regions);
  add("Competitive Landscape", {"Market Share Analysis", "Company Profiles"});
  if (rng->Percent(50)) add("Appendix", {"Abbreviations", "Disclaimer"});
  return out;
}

std::vector<std::string> RelatedReports(Rng* rng, int count) {
  std::vector<std::string> out;
  for (const std::string& core : rng->Sample(kRelatedCore, count)) {
    out.push_back(core + " Market Report");
  }
  return out;
}

std::string AboutText(const PageFacts& f) {
  return f.publisher +
         " is a market research and advisory firm serving manufacturers, "
         "investors and public agencies. Its analysts cover more than forty industries and "
         "publish syndicated studies, custom research and competitive benchmarking. "
         "Contact: sales@" +
         AsciiLower(f.publisher.substr(0, f.publisher.find(' '))) +
         "-research.example, +1 555 0100.";
}

std::string ScriptElement(Rng* rng) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
                "arguments);}gtag('js',new Date());gtag('config','G-%06llX');"
                "var reportId='MR-%05d';if(document.querySelector('.sticky')){document."
                "querySelector('.sticky').style.top='0px';}</script>\n",
                static_cast<unsigned long long>(rng->Next() & 0xffffff), rng->Range(10000, 99999));
  return buf;
}

std::string StyleElement(Rng* rng) {
  static const Words kColors = {"#1a3c6e", "#2e7d32", "#6a1b9a", "#c62828", "#37474f"};
  const std::string& c = rng->Pick(kColors);
  return "<style>body{font-family:Arial,Helvetica,sans-serif;line-height:1.6;color:#222}"
         "h1,h2,h3{color:" +
         c +
         "}.toc li{margin:2px 0}.report-meta span{margin-right:12px}"
         ".btn{background:" +
         c +
         ";color:#fff;padding:6px 14px;border-radius:3px}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>\n";
}

}  // namespace marketclaims
