#include "base/json_writer.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(JsonWriter, EscapesAndReplacesInvalidUtf8) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01 caf\xC3\xA9 \xFF", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001 caf\xC3\xA9 \xEF\xBF\xBD\"");
}

TEST(JsonWriter, NestedContainersAndNumbers) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.Number(20.6);
  w.Key("b");
  w.BeginArray();
  w.Int(1);
  w.Null();
  w.Bool(true);
  w.EndArray();
  w.Key("c");
  w.OptionalInt(std::nullopt);
  w.Key("d");
  w.Number(1.0 / 0.0);
  w.EndObject();
  EXPECT_EQ(out, "{\"a\":20.6,\"b\":[1,null,true],\"c\":null,\"d\":null}");
}

}  // namespace
}  // namespace marketclaims
