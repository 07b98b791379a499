#include "extract/extraction_json.h"

#include "base/json_writer.h"

namespace marketclaims {

std::string ExtractionToJson(const Extraction& x) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("source");
  w.String(x.source);
  w.Key("title");
  w.String(x.title);
  w.Key("market");
  if (x.market.empty())
    w.Null();
  else
    w.String(x.market);
  w.Key("sizes");
  w.BeginArray();
  for (const MarketSize& s : x.sizes) {
    w.BeginObject();
    w.Key("value");
    w.Number(s.value);
    w.Key("unit");
    if (s.unit.empty())
      w.Null();
    else
      w.String(s.unit);
    w.Key("currency");
    w.String(s.currency);
    w.Key("year");
    w.OptionalInt(s.year);
    w.Key("basis");
    w.String(BasisName(s.basis));
    w.Key("usd");
    w.OptionalNumber(s.usd);
    if (!s.market.empty()) {
      w.Key("market");
      w.String(s.market);
    }
    w.Key("evidence");
    w.String(s.evidence);
    w.Key("offset");
    w.Int(static_cast<long long>(s.offset));
    w.EndObject();
  }
  w.EndArray();
  w.Key("cagrs");
  w.BeginArray();
  for (const Cagr& c : x.cagrs) {
    w.BeginObject();
    w.Key("rate");
    w.Number(c.rate);
    w.Key("start");
    w.OptionalInt(c.start);
    w.Key("end");
    w.OptionalInt(c.end);
    if (!c.market.empty()) {
      w.Key("market");
      w.String(c.market);
    }
    w.Key("evidence");
    w.String(c.evidence);
    w.Key("offset");
    w.Int(static_cast<long long>(c.offset));
    w.EndObject();
  }
  w.EndArray();
  w.Key("segments");
  w.BeginArray();
  for (const Segment& s : x.segments) {
    w.BeginObject();
    w.Key("dimension");
    w.String(s.dimension);
    w.Key("name");
    w.String(s.name);
    w.EndObject();
  }
  w.EndArray();
  w.Key("regions");
  w.BeginArray();
  for (const Region& r : x.regions) {
    w.BeginObject();
    w.Key("name");
    w.String(r.name);
    w.Key("canonical");
    w.String(r.canonical);
    w.EndObject();
  }
  w.EndArray();
  w.Key("players");
  w.BeginArray();
  for (const Player& p : x.players) {
    w.BeginObject();
    w.Key("name");
    w.String(p.name);
    w.EndObject();
  }
  w.EndArray();
  w.Key("faqs");
  w.BeginArray();
  for (const Faq& f : x.faqs) {
    w.BeginObject();
    w.Key("question");
    w.String(f.question);
    w.Key("answer");
    w.String(f.answer);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace marketclaims
