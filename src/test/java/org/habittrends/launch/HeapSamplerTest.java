package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapSamplerTest {

  @Test
  void aStepsPeakIsTheHighestSampleWithinItsTime() {
    List<HeapSampler.Sample> samples =
        List.of(
            new HeapSampler.Sample(100, 500, 50),
            new HeapSampler.Sample(200, 300, 80),
            new HeapSampler.Sample(300, 400, 60),
            new HeapSampler.Sample(400, 900, 90));

    assertThat(HeapSampler.peak(samples, 150, 350)).isEqualTo(new HeapSampler.Peak(400, 80));
    assertThat(HeapSampler.peak(samples, 0, 1000)).isEqualTo(new HeapSampler.Peak(900, 90));
  }
}
